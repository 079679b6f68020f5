import { readFileSync } from 'node:fs'
import { readScenario } from '../src/scenario/read.js'
import { evaluateScenario } from '../src/evaluate/engine.js'
for (const f of ['11-block-public-access.json','35-object-owned-by-another-account.json']) {
const v = evaluateScenario(readScenario(readFileSync('examples/'+f,'utf8')))
console.log(JSON.stringify({d: v.denial, r: v.requests[0]!.layers.map(l=>[l.layer,l.status,l.summary])},null,1))
}
