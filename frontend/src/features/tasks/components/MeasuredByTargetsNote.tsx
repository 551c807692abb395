import { AimOutlined } from '@ant-design/icons'
import { Alert, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Task } from '@/lib/api/types'
import { formatPercent } from '@/lib/format'
import { usePlanCampaigns } from '@/lib/queries/campaigns'

/** Where a task measured by campaign targets gets its figure: the indicators of the plan's campaigns. */
export function CampaignIndicatorLinks({ task }: { task: Pick<Task, 'planId' | 'measuredByTargets'> }) {
  const { t } = useTranslation()
  const campaigns = usePlanCampaigns(task.planId, task.measuredByTargets)
  if (!task.measuredByTargets) return null
  if (campaigns.isPending) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
  if (campaigns.isError || campaigns.data.items.length === 0) {
    return <Typography.Text type="secondary">{t('task.measured.seeCampaigns')}</Typography.Text>
  }
  return (
    <Flex vertical gap={2} data-testid="task-measured-links">
      {campaigns.data.items.map((c) => (
        <Link key={c.id} to={`/campaigns/${c.id}?tab=indicators`}>
          {t('task.measured.indicatorsOf', { name: c.name })}
        </Link>
      ))}
    </Flex>
  )
}

/** The explanation on the task page and above its report form: the result is computed, not typed. */
export function MeasuredByTargetsNote({ task, forForm = false }: { task: Task; forForm?: boolean }) {
  const { t, i18n } = useTranslation()
  if (!task.measuredByTargets) return null
  return (
    <Alert
      type="info"
      showIcon
      icon={<AimOutlined />}
      data-testid={forForm ? 'report-measured-note' : 'task-measured-note'}
      title={t('task.measured.title', { percent: formatPercent(task.percentReached, i18n.language) })}
      description={
        <Flex vertical gap={6}>
          <span>{forForm ? t('task.measured.formExplain') : t('task.measured.explain')}</span>
          <CampaignIndicatorLinks task={task} />
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  )
}
