import { readFileSync, readdirSync } from 'node:fs'
import { readScenario } from '../src/scenario/read.js'
import { evaluateScenario } from '../src/evaluate/engine.js'
import { collectLayers } from '../src/evaluate/layers.js'
import { lintPolicy, lintRequest } from '../src/metadata/lint.js'
function time(label: string, n: number, fn: () => void) { for (let i=0;i<Math.max(3,n/5);i++) fn(); const t=performance.now(); for (let i=0;i<n;i++) fn(); const ms=(performance.now()-t)/n; console.log(label, ms.toFixed(4),'ms'); return ms }
function lintAll(s: any) {
  const layers = collectLayers(s); lintRequest(s.request.action, s.request.key!==undefined)
  const l = (layer: any) => { if (layer.state!=='present') return; for (const src of layer.sources) if (src.policy) lintPolicy(src.policy, src.path) }
  for (const layer of [layers.identity, layers.boundary, layers.session, layers.bucketPolicy, layers.vpcEndpoint, ...layers.keyPolicies.values()]) l(layer)
  for (const lv of [layers.scps, layers.rcps]) { if (lv.state!=='present') continue; for (const level of lv.levels) l({state:'present', sources: level.sources}) }
}
const large = readScenario(readFileSync('bench/large-scenario.json','utf8'))
time('large evaluate', 20, () => evaluateScenario(large))
time('large lint only', 20, () => lintAll(large))
time('large collectLayers only', 200, () => collectLayers(large))
const ex = readdirSync('examples').filter(f=>f.endsWith('.json')).sort().map(f=>readScenario(readFileSync('examples/'+f,'utf8')))
time('examples evaluate (per scenario)', 200, () => { for (const s of ex) evaluateScenario(s) }) 
time('examples lint only', 200, () => { for (const s of ex) lintAll(s) })
