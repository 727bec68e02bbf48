package be.actraject.web.pdf;

import be.actraject.domain.cooperative.Cooperative;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/**
 * The cooperative's logo as the PDFs' letterhead embeds it (a data URI), read once at start-up. A logo that is set but
 * missing, too large, or neither PNG nor JPEG stops the start with a message that says so, rather than an invoice
 * without it.
 */
@Component
class CooperativeLogo {

    private static final int MAX_BYTES = 512 * 1024;

    private final String dataUri;

    CooperativeLogo(Cooperative cooperative, ResourceLoader resources) {
        this.dataUri = cooperative.getLogo().isEmpty() ? null : read(cooperative.getLogo(), resources);
    }

    private static String read(String location, ResourceLoader resources) {
        Resource resource = resources.getResource(location);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalStateException("actraject.cooperative.logo: cannot read " + location, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalStateException("actraject.cooperative.logo: larger than 512 kB: " + location);
        }
        String type = isPng(bytes) ? "image/png" : isJpeg(bytes) ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalStateException("actraject.cooperative.logo: neither PNG nor JPEG: " + location);
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

    /** The logo as a data URI; null when none is set. */
    String dataUri() {
        return dataUri;
    }
}
