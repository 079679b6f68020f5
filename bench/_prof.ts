import { readFileSync } from 'node:fs'
import { readScenario } from '../src/scenario/read.js'
import { evaluateScenario } from '../src/evaluate/engine.js'
const s = readScenario(readFileSync('bench/large-scenario.json','utf8'))
let t = performance.now()
for (let i = 0; i < 20; i++) evaluateScenario(s)
console.log('large warm ms/eval', (performance.now()-t)/20)
