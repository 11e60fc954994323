/**
 * The critical path of opening a design, as a timeline on the page's clock: each file the page
 * downloads (requested and received), the workers it starts and their messages, each long animation
 * frame, and every change of the mounted node and edge count with the first node ids and the view's
 * transform. It showed the reading worker started only after the libraries had run, and the level
 * of detail drawing a hall card before the building card it settled on.
 * `npx tsx bench/browser/importTimeline.ts [16k|100k]`.
 */
import { probe, type LoadFigures } from './pageProbe.ts';
import { withProfileSession } from './profileSession.ts';

const TIMELINE_SCRIPT = `(() => {
  const events = (window.__timeline = []);
  const mark = (what) => events.push([performance.now(), what]);
  const kindOf = (data) => (data && typeof data === 'object' ? data.kind ?? Object.keys(data).join(',') : typeof data);
  const PageWorker = window.Worker;
  window.Worker = function (url, options) {
    const worker = new PageWorker(url, options);
    const name = String(url).split('/').pop();
    mark('worker started: ' + name);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, transfer) => { mark('to ' + name + ': ' + kindOf(message)); return post(message, transfer); };
    worker.addEventListener('message', (e) => mark('from ' + name + ': ' + kindOf(e.data)));
    return worker;
  };
  let last = '';
  const tick = () => {
    const nodes = [...document.querySelectorAll('.react-flow__node')];
    const count = nodes.length + ' nodes, ' + document.querySelectorAll('.react-flow__edge').length + ' edges';
    if (count !== last) {
      last = count;
      const view = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
      mark('mounted ' + count + ' (' + nodes.slice(0, 3).map((n) => n.dataset.id).join(', ') + ') ' + view);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) events.push([e.startTime, 'long frame ' + Math.round(e.duration) + ' ms']);
  }).observe({ type: 'long-animation-frame' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const name = e.name.split('/').pop();
      events.push([e.startTime, 'requested ' + name], [e.responseEnd, 'received ' + name + ' (' + e.transferSize + ' bytes)']);
    }
  }).observe({ type: 'resource', buffered: true });
})();`;

await withProfileSession(async ({ page, chosen, open }) => {
  await page.addInitScript({ content: TIMELINE_SCRIPT });
  await open();
  const load = await page.evaluate<LoadFigures>(probe.load);
  const events = await page.evaluate<[number, string][]>('window.__timeline');
  console.log(`# ${chosen.label}: first node ${load.firstNodeMs?.toFixed(0)} ms, settled ${load.settledMs?.toFixed(0)} ms (page clock, from navigation)\n`);
  for (const [at, what] of events.sort((p, q) => p[0] - q[0])) console.log(`${at.toFixed(0).padStart(6)} ms  ${what}`);
});
