// The first screen's JavaScript budget: the gzipped size of the scripts index.html makes the browser fetch before
// anything shows — its module entry, the <link rel="modulepreload"> list and every chunk those import statically
// (import … from "./x.js"; never import("./x.js"), which a route loads when it is opened). Fails above the budget.
// Usage: node scripts/check-bundle.mjs [dist] [--budget=200] [--json]   (after `npm run build`)
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const args = process.argv.slice(2)
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist')
const budgetKb = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? 200)
const json = args.includes('--json')
const BUDGET = budgetKb * 1000 // kB as Vite prints them

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
const fromHtml = [
  ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
]
if (fromHtml.length === 0) {
  console.error(`check-bundle: no module script in ${path.join(dist, 'index.html')}`)
  process.exit(2)
}

// Static imports of a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`.
// A dynamic import() has a parenthesis before its string and is left out.
const STATIC = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{][^"'`;()]*?\bfrom\s*)?["']([^"']+\.js)["']/g

const seen = new Map()
const queue = fromHtml.map((u) => path.join(dist, u.replace(/^\//, '')))
while (queue.length) {
  const file = path.normalize(queue.shift())
  if (seen.has(file)) continue
  const code = fs.readFileSync(file)
  seen.set(file, { raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length })
  for (const m of code.toString('utf8').matchAll(STATIC)) {
    const spec = m[1]
    queue.push(spec.startsWith('/') ? path.join(dist, spec) : path.join(path.dirname(file), spec))
  }
}

const rows = [...seen].map(([f, s]) => ({ file: path.relative(dist, f), ...s })).sort((a, b) => b.gzip - a.gzip)
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 })
const kb = (n) => (n / 1000).toFixed(1).padStart(7) + ' kB'
if (json) {
  console.log(JSON.stringify({ budget: BUDGET, files: rows.length, ...total, rows }))
} else {
  for (const r of rows) console.log(`${kb(r.gzip)} gzip ${kb(r.raw)}  ${r.file}`)
  console.log(`initial JavaScript: ${rows.length} files, ${kb(total.gzip).trim()} gzipped (${kb(total.raw).trim()} raw); budget ${budgetKb} kB`)
}
if (total.gzip > BUDGET) {
  console.error(`check-bundle: the first screen's JavaScript is ${kb(total.gzip).trim()} gzipped, above the ${budgetKb} kB budget`)
  process.exit(1)
}
