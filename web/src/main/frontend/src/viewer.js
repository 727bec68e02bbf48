// The read-only diagram of one process definition, overlaid with how many trajectories wait at each element and
// with its incidents. Clicking an element with trajectories loads their list from the server.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

async function show(root) {
  const viewer = new NavigatedViewer({ container: root.querySelector('[data-canvas]') });
  const xml = await (await fetch(root.dataset.xmlUrl, { credentials: 'same-origin' })).text();
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');

  const counts = JSON.parse(root.dataset.counts || '{}');
  const list = root.querySelector('[data-instances]');
  const canvas = viewer.get('canvas');
  let selected = null;
  async function load(id) {
    if (!counts[id]) return;
    if (selected) canvas.removeMarker(selected, 'element-selected');
    canvas.addMarker(id, 'element-selected');
    selected = id;
    const response = await fetch(root.dataset.instancesUrl + encodeURIComponent(id), { credentials: 'same-origin' });
    list.innerHTML = await response.text();
  }

  const incidents = JSON.parse(root.dataset.incidents || '{}');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  for (const [id, count] of Object.entries(counts)) {
    if (!registry.get(id) || !count) continue;
    const badge = document.createElement('span');
    badge.className = 'element-count';
    badge.textContent = count;
    badge.title = root.dataset.countTitle;
    badge.dataset.element = id;
    badge.addEventListener('click', () => load(id));
    overlays.add(id, { position: { bottom: 8, right: 8 }, html: badge });
  }
  for (const [id, count] of Object.entries(incidents)) {
    if (!registry.get(id) || !count) continue;
    const badge = document.createElement('span');
    badge.className = 'element-incidents';
    badge.textContent = '⚠ ' + count;
    overlays.add(id, { position: { top: -10, right: 8 }, html: badge });
  }

  viewer.get('eventBus').on('element.click', (event) => load(event.element.id));
  root.dataset.ready = 'true';
}

document.querySelectorAll('[data-process-viewer]').forEach(show);
