package be.actraject.bpmn.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The engine's lock after wrong passwords, bounded and expiring. By default the engine locks an account for good
 * after {@code loginMaxAttempts} (10) wrong passwords, until an administrator unlocks it: anyone who knows a user
 * name could shut every administrator out. Here the attempts never reach a maximum, and each lock lasts at most
 * {@link SignInSettings#longestDelay()}.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
class SignInLockPlugin extends AbstractProcessEnginePlugin {

    private final SignInSettings settings;

    SignInLockPlugin(SignInSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase((int) settings.firstDelay().toSeconds());
        configuration.setLoginDelayFactor(settings.delayFactor());
        configuration.setLoginDelayMaxTime((int) settings.longestDelay().toSeconds());
    }
}
