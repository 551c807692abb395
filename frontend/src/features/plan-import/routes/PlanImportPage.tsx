import { Breadcrumb, Button, Result } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import type { PlanDraft } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { canCreatePlans } from '@/lib/auth/roles'
import { ImportSteps } from '../components/ImportSteps'
import { ReviewStep } from '../components/ReviewStep'
import { SourceStep } from '../components/SourceStep'

/**
 * "Soạn kế hoạch từ văn bản": the coordinator gives the plan's document, checks and fixes what the
 * importer read beside the document, and confirms; only then is anything saved.
 */
export function PlanImportPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [read, setRead] = useState<{ draft: PlanDraft; source: string; n: number } | null>(null)

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[{ title: <Link to="/plans">{t('nav.plans')}</Link> }, { title: t('planImport.title') }]}
    />
  )

  if (!canCreatePlans(me)) {
    return (
      <>
        {breadcrumb}
        <Result
          status="403"
          title={t('planImport.forbidden')}
          subTitle={t('planImport.forbiddenDetail')}
          extra={
            <Link to="/plans">
              <Button>{t('nav.plans')}</Button>
            </Link>
          }
        />
      </>
    )
  }

  return (
    <>
      {breadcrumb}
      <PageTitle title={t('planImport.title')} />
      {read ? (
        <ReviewStep key={read.n} draft={read.draft} sourceName={read.source} onRestart={() => setRead(null)} />
      ) : (
        <>
          <ImportSteps current={0} />
          <SourceStep onDraft={(draft, source) => setRead((prev) => ({ draft, source, n: (prev?.n ?? 0) + 1 }))} />
        </>
      )}
    </>
  )
}
