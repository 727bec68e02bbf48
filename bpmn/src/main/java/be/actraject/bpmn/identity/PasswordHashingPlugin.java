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

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new Pbkdf2PasswordEncryptor());
    }
}
