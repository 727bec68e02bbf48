// The modeler of one process definition with the Camunda Platform 7 properties panel: task candidate groups, form
// keys, timers and expressions are edited there. "Validate" sends the XML to the server, which answers with the
// problems found, each placed on its element; "Deploy" sends it with a comment, and the server validates it again.
// While the coordinator draws, bpmnlint checks the diagram with the rules the build and the server apply
// (.bpmnlintrc, packed by build.mjs): a button on the canvas counts the problems and shows them on their elements.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import bpmnlintConfig from 'bpmnlint-config';

function csrf() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

// The lint button's own words, from the page (the message bundles): bpmnlint's rule messages stay as they are, in
// English, and every other text of the modeler is left to bpmn-js.
function translations(root) {
  let labels = {};
  try {
    labels = JSON.parse(root.dataset.lintLabels || '{}');
  } catch {
    // no labels: bpmn-js-bpmnlint's English ones
  }
  function translate(template, replacements = {}) {
    return (labels[template] ?? template).replace(/{([^}]+)}/g, (_, key) => replacements[key] ?? `{${key}}`);
  }
  return { translate: ['value', translate] };
}

async function edit(root) {
  const modeler = new BpmnModeler({
    container: root.querySelector('[data-canvas]'),
    propertiesPanel: { parent: root.querySelector('[data-properties]') },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule, lintModule, translations(root)],
    moddleExtensions: { camunda: camundaModdle },
    linting: { bpmnlint: bpmnlintConfig, active: true }
  });
  const xml = await (await fetch(root.dataset.xmlUrl, { credentials: 'same-origin' })).text();
  await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport');

  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const overlays = modeler.get('overlays');
  const problems = root.querySelector('[data-problems]');
  let marked = [];

  function showProblems(result) {
    marked.forEach(([id, marker]) => registry.get(id) && canvas.removeMarker(id, marker));
    overlays.remove({ type: 'validation' });
    marked = [];
    problems.innerHTML = result.html;
    for (const problem of [...result.problems, ...(result.warnings || [])]) {
      if (problem.elementId && registry.get(problem.elementId)) {
        const warning = problem.severity === 'warning';
        const marker = warning ? 'validation-warning' : 'validation-error';
        canvas.addMarker(problem.elementId, marker);
        marked.push([problem.elementId, marker]);
        const badge = document.createElement('span');
        badge.className = warning ? 'element-warning' : 'element-incidents';
        badge.textContent = '!';
        badge.title = problem.message;
        overlays.add(problem.elementId, 'validation', { position: { top: -10, left: -10 }, html: badge });
      }
    }
    root.dataset.valid = String(result.valid);
  }

  async function send(url, extra) {
    const { xml: current } = await modeler.saveXML({ format: true });
    const body = new URLSearchParams({ xml: current, ...extra });
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin', body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...csrf() }
    });
    if (!response.ok) {
      // The server's error answer: its text in the reader's language and the reference of its log line.
      const failure = await response.json().catch(() => ({}));
      const item = document.createElement('li');
      item.dataset.problem = 'FAILED';
      item.textContent = [failure.message || response.statusText, failure.reference].filter(Boolean).join(' — ');
      return { valid: false, problems: [], html: item.outerHTML };
    }
    return response.json();
  }

  root.querySelector('[data-validate]').addEventListener('click', async () => {
    showProblems(await send(root.dataset.validateUrl, {}));
  });
  root.querySelector('[data-deploy]').addEventListener('click', async () => {
    const comment = root.querySelector('[data-comment]').value;
    const result = await send(root.dataset.deployUrl, { comment });
    showProblems(result);
    // The new version's page shows the deployment's warnings, if any.
    if (result.deployedUrl) window.location.assign(result.deployedUrl);
  });
  root.dataset.ready = 'true';
}

document.querySelectorAll('[data-process-modeler]').forEach(edit);
