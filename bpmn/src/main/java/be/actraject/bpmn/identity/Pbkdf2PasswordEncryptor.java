package be.actraject.bpmn.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes the engine's passwords with PBKDF2 (HMAC-SHA256, 310 000 iterations, random salt) instead of Camunda's
 * default single round of salted SHA-512, which a graphics card tries by the billion per second. PBKDF2 rather
 * than BCrypt because BCrypt reads only the first 72 bytes and the engine appends its own salt to the password.
 * A bean, so that sign-in hashes with the very same cost for a user name that has no account.
 */
@Component
public class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

    private final Pbkdf2PasswordEncoder encoder = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return "PBKDF2";
    }
}
