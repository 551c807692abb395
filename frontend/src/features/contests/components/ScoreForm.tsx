import { SaveOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, InputNumber, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import type { BlindEntry, ContestCriterion } from '@/lib/api/types'
import { formatNumber } from '@/lib/format'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useScoreEntry } from '../api/contests'
import { initialScores, scoreProblem, scoresBody, weightedTotal, type ScoreValues } from '../scores'

/** One judge's sheet for one entry: a score per criterion (0 to its maximum, by quarters), saved whole. */
export function ScoreForm({ contestId, entry, criteria, disabled }: {
  contestId: number
  entry: BlindEntry
  criteria: readonly ContestCriterion[]
  disabled?: boolean
}) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ scores: ScoreValues }>()
  const save = useScoreEntry(contestId)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const values = Form.useWatch('scores', form) ?? initialScores(entry, criteria)
  const total = weightedTotal(values, criteria)

  const submit = async (v: { scores: ScoreValues }) => {
    setProblem(null)
    try {
      await save.mutateAsync({ entryId: entry.id, scores: scoresBody(v.scores, criteria) })
      void message.success(t('judging.saved', { title: entry.title }))
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      name={`scores-${entry.id}`}
      initialValues={{ scores: initialScores(entry, criteria) }}
      onFinish={(v) => void submit(v)}
      disabled={disabled || save.isPending}
      aria-label={t('judging.sheetFor', { title: entry.title })}
    >
      <FormProblem value={problem} />
      <Flex gap={12} wrap>
        {criteria.map((k, i) => (
          <Form.Item
            key={k.id}
            name={['scores', i]}
            label={t('judging.criterionLabel', { name: k.name, max: k.maxScore })}
            extra={t('judging.weight', { weight: k.weight })}
            style={{ flex: '1 1 180px', marginBottom: 8 }}
            rules={[
              {
                validator: (_, v: number | null | undefined) => {
                  const p = scoreProblem(v, k.maxScore)
                  return p ? Promise.reject(new Error(t(`judging.problem.${p}`, { max: k.maxScore }))) : Promise.resolve()
                },
              },
            ]}
          >
            {/* No max: a score above it is said, not silently lowered to it. */}
            <InputNumber min={0} step={0.25} decimalSeparator={i18n.language === 'en' ? '.' : ','} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Flex>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text data-testid="score-total">
          {total === null ? t('judging.totalPending') : t('judging.total', { total: formatNumber(total, i18n.language, 2) })}
        </Typography.Text>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {entry.complete ? t('judging.update') : t('judging.save')}
        </Button>
      </Flex>
    </Form>
  )
}
