package be.actraject.bpmn.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes {@link Pbkdf2PasswordEncryptor} the engine's password hash. The engine keeps checking passwords hashed
 * with its default (SHA-512) before, by the prefix stored with each hash; they are rehashed when next set.
 */
@Component
class PasswordHashingPlugin extends AbstractProcessEnginePlugin {

    private final Pbkdf2PasswordEncryptor encryptor;

    PasswordHashingPlugin(Pbkdf2PasswordEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(encryptor);
    }
}
