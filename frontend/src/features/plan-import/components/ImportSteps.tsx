import { Grid, Steps, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** Read the document, check and fix the draft, confirm: where the coordinator is. */
export function ImportSteps({ current }: { current: 0 | 1 | 2 }) {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()
  const steps = [t('planImport.step.read'), t('planImport.step.review'), t('planImport.step.confirm')]
  if (!screens.sm) {
    return <Typography.Text strong>{t('planImport.step.of', { n: current + 1, total: steps.length, title: steps[current] })}</Typography.Text>
  }
  return <Steps size="small" current={current} items={steps.map((title) => ({ title }))} style={{ marginBottom: 16 }} />
}
