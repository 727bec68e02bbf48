package be.actraject.domain.training;

import be.actraject.domain.RefusedException;

/** A certificate that is not a PDF or an image: a certificate is a scan or the provider's PDF, never an editable file. */
public class CertificateTypeException extends RefusedException {

    public CertificateTypeException(String fileName) {
        super("training.refused.certificateType", "Certificate of the wrong type: " + fileName);
    }
}
