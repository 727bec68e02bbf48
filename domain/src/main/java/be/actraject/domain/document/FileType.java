package be.actraject.domain.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a dossier accepts. A file is taken for what its content starts with, checked against its
 * extension: the media type a browser sends is not trusted, and an executable renamed to .pdf is refused.
 */
public enum FileType {
    PDF("application/pdf", bytes("%PDF-"), "pdf"),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip(), "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip(), "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", zip(), "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", zip(), "ods");

    private final String mediaType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String mediaType, byte[] magic, String... extensions) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of a file by its name and first bytes; empty when either does not fit an accepted type. */
    public static Optional<FileType> of(String fileName, byte[] content) {
        if (fileName == null || !fileName.contains(".")) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(extension))
                .filter(t -> startsWith(content, t.magic))
                .findFirst();
    }

    /** The extensions accepted, for telling the user. */
    public static String acceptedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> Arrays.stream(t.extensions)).toList());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip() {
        return new byte[]{'P', 'K', 3, 4};
    }
}
