// Fails when src/lib/api/schema.d.ts is stale against ../openapi.yaml.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const committed = 'src/lib/api/schema.d.ts'
const dir = mkdtempSync(join(tmpdir(), 'check-api-'))
const fresh = join(dir, 'schema.d.ts')
try {
  execFileSync('npx', ['--no-install', 'openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'inherit' })
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(`${committed} is stale: run "npm run gen:api" and commit the result.`)
    process.exitCode = 1
  } else {
    console.log(`${committed} matches ../openapi.yaml`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
