package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import com.prowidesoftware.swift.utils.SafeXmlUtils;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;

/**
 * The checks before a statement file is parsed: its size, that it is well-formed XML without a DOCTYPE, and the
 * CAMT.053 version its {@code Document} declares. Reads the whole file once with Prowide's hardened StAX factory (no
 * DTD, no external entities), so that a malformed file or an XXE attempt is refused with its own reason before the
 * parser's lenient handling (which logs and returns nothing) could hide why.
 *
 * @param version  the CAMT.053 namespace of the file's {@code Document}
 * @param text     the file decoded in the encoding it declares, as Prowide's parser takes it
 */
record CamtScan(String version, String text) {

    /** 5 MiB: a month of a cooperative's account is a few hundred kilobytes; anything far larger is no statement. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final String V02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    static final String V08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    private static final Set<String> READ = Set.of(V02, V08);

    static CamtScan of(byte[] file) {
        if (file == null || file.length == 0) {
            throw new StatementRefusedException(Reason.EMPTY);
        }
        if (file.length > MAX_BYTES) {
            throw new StatementRefusedException(Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        XMLInputFactory factory = SafeXmlUtils.inputFactory();
        String namespace = null;
        String encoding;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                encoding = reader.getCharacterEncodingScheme() != null ? reader.getCharacterEncodingScheme()
                        : reader.getEncoding();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new StatementRefusedException(Reason.DOCTYPE);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && namespace == null
                            && "Document".equals(reader.getLocalName())) {
                        namespace = reader.getNamespaceURI();
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new StatementRefusedException(Reason.NOT_XML);
        }
        if (namespace == null || !READ.contains(namespace)) {
            throw new StatementRefusedException(Reason.NOT_CAMT);
        }
        return new CamtScan(namespace, decoded(file, encoding));
    }

    private static String decoded(byte[] file, String encoding) {
        Charset charset;
        try {
            charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new StatementRefusedException(Reason.NOT_XML);
        }
        String text = new String(file, charset);
        // A byte order mark before the declaration is no XML to a parser reading a string.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
