package be.actraject.web.document;

import be.actraject.domain.access.Actor;
import be.actraject.domain.document.CandidateDocument;
import be.actraject.domain.document.DocumentKind;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.document.Documents;
import be.actraject.domain.document.FileType;
import be.actraject.web.system.Flash;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Attaching a file to the dossier and downloading it again. A refused file comes back to the dossier with the
 * reason, and the kind that was chosen stays chosen.
 */
@Controller
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping("/candidates/{candidateId}/documents")
    String upload(@PathVariable long candidateId, @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, Actor actor, RedirectAttributes redirect) {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            documents.attach(candidateId, kind, name, content, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("document.attached", name));
        } catch (DocumentRejectedException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(e.messageKey(),
                    documents.maxSize().toMegabytes(), FileType.acceptedExtensions()));
            redirect.addFlashAttribute("chosenKind", kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/candidates/" + candidateId + "#documents";
    }

    @GetMapping("/candidates/{candidateId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long candidateId, @PathVariable long documentId, Actor actor) {
        CandidateDocument document = documents.read(candidateId, documentId, actor);
        // Served as an attachment with its checked type and no sniffing, so that a file never runs in the page.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.getContent());
    }
}
