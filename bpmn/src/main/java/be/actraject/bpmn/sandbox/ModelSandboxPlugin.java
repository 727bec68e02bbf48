package be.actraject.bpmn.sandbox;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Installs the sandbox in every engine Spring builds: the guarded expression manager (BPMN and DMN), no scripts, a
 * FEEL that sees plain values only, and the deployer that applies {@link ModelRules}. Set before the engine initialises, so nothing is ever parsed or
 * evaluated without them.
 */
@Component
class ModelSandboxPlugin extends AbstractProcessEnginePlugin {

    private final ModelReach reach;
    private final ModelRules rules;
    private final ApplicationContext context;

    ModelSandboxPlugin(ModelReach reach, ModelRules rules, ApplicationContext context) {
        this.reach = reach;
        this.rules = rules;
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SandboxExpressionManager(reach, context::getBean));
        configuration.setScriptFactory(new NoScripts.Factory());
        configuration.setScriptEngineResolver(new NoScripts.Resolver());
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new PlainValuesFeelEngine.Factory());
        configuration.setDmnEngineConfiguration(dmn);
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(new ModelRulesDeployer(rules));
        configuration.setCustomPreDeployers(preDeployers);
    }
}
