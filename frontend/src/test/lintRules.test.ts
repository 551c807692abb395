// @vitest-environment node
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

// The project's own eslint.config.js, run on sources written here as if they lived at `filePath`.
const root = fileURLToPath(new URL('../..', import.meta.url))
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function errors(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message)
}

const imports = (filePath: string, source: string) =>
  errors(filePath, `import { x } from '${source}'\nexport const y = x\n`, 'no-restricted-imports')

describe('features do not import each other', () => {
  it.each([
    ['src/features/campaigns/routes/Page.tsx', '@/features/contests/components/CampaignContests'],
    ['src/features/campaigns/routes/Page.tsx', '../../contests/components/CampaignContests'],
    ['src/features/campaigns/routes/Page.tsx', '../../../features/contests/api/contests'],
    ['src/features/campaigns/chart.ts', '../contests/contest'],
    ['src/features/campaigns/components/deep/er/Thing.tsx', '../../../../events/api/events'],
    // A prefix of another feature's name is another feature.
    ['src/features/plans/api/plans.ts', '@/features/plan-import/draft'],
    ['src/features/plan-import/draft.ts', '../plans/utils'],
  ])('%s may not import %s', async (file, source) => {
    expect(await imports(file, source)).toEqual([expect.stringContaining('may not import another feature')])
  })

  it('fires on type imports and re-exports too', async () => {
    const file = 'src/features/tasks/api/tasks.ts'
    expect(await errors(file, "import type { Contest } from '@/features/contests/api/contests'\nexport type C = Contest\n", 'no-restricted-imports')).toHaveLength(1)
    expect(await errors(file, "export { useContest } from '../../contests/api/contests'\n", 'no-restricted-imports')).toHaveLength(1)
  })

  it.each([
    ['src/features/campaigns/routes/Page.tsx', '../api/campaigns'],
    ['src/features/campaigns/routes/Page.tsx', '@/features/campaigns/api/campaigns'],
    ['src/features/campaigns/routes/Page.tsx', '../../campaigns/api/campaigns'],
    ['src/features/campaigns/routes/Page.tsx', '@/lib/queries/plans'],
    ['src/features/campaigns/routes/Page.tsx', '../../../components/States'],
    ['src/features/campaigns/chart.ts', './links'],
    // The app composes features.
    ['src/app/routes/Route.tsx', '@/features/contests/components/CampaignContests'],
  ])('%s may import %s', async (file, source) => {
    expect(await imports(file, source)).toEqual([])
  })
})

describe("the browser's now", () => {
  it('is refused outside lib/clock.ts', async () => {
    const code = "import dayjs from 'dayjs'\nexport const a = dayjs()\nexport const b = new Date()\nexport const c = dayjs('2026-12-08')\n"
    expect(await errors('src/features/tasks/utils.ts', code, 'no-restricted-syntax')).toHaveLength(2)
    expect(await errors('src/lib/clock.ts', code, 'no-restricted-syntax')).toEqual([])
  })
})

describe('every text a person reads goes through i18n', () => {
  const rule = 'i18next/no-literal-string'
  it('refuses English or Vietnamese literals in JSX text and in the attributes a person reads', async () => {
    const code = [
      "export const SaveButton = () => <button>Save</button>",
      "export const Saved = () => <p>{'Đã lưu'}</p>",
      "export const Search = () => <input placeholder=\"Search plans\" aria-label=\"Tìm kế hoạch\" />",
    ].join('\n')
    expect(await errors('src/features/plans/components/Bad.tsx', code, rule)).toHaveLength(4)
  })

  it('lets keys, codes and non-text attributes pass', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next'",
      "export function Good() {",
      "  const { t } = useTranslation()",
      "  return <button type=\"submit\" data-testid=\"save\" className=\"x\" aria-label={t('common.save')}>{t('common.save')}</button>",
      "}",
    ].join('\n')
    expect(await errors('src/features/plans/components/Good.tsx', code, rule)).toEqual([])
  })
})
