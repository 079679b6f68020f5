import { readFileSync, readdirSync } from 'node:fs'
import { readScenario } from '../src/scenario/read.js'
import { evaluateScenario } from '../src/evaluate/engine.js'
const ex = readdirSync('examples').filter(f=>f.endsWith('.json')).sort().map(f=>readScenario(readFileSync('examples/'+f,'utf8')))
const t=performance.now(); let n=0
while (performance.now()-t < 3000) { for (const s of ex) evaluateScenario(s); n++ }
console.log('per scenario ms', (performance.now()-t)/n/ex.length)
