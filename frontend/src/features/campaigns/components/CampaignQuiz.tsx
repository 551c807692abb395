import { BarChartOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Flex, Form, Input, Modal, Radio, Row, Select, Table, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Campaign, Quiz, QuizQuestion, QuizUnitResult } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { formatNumber } from '@/lib/format'
import { useCreateQuestion, useCreateQuiz, useQuizQuestions, useQuizResults, useQuizzes } from '../api/campaigns'
import { quizLink } from '../links'

const MIN_OPTIONS = 2
const MAX_OPTIONS = 6

/** The question bank, the quizzes made of it (each with its public link), and results per unit. */
export function CampaignQuiz({ campaign }: { campaign: Campaign }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Questions campaignId={campaign.id} />
      </Col>
      <Col xs={24} xl={12}>
        <Quizzes campaignId={campaign.id} />
      </Col>
    </Row>
  )
}

function Questions({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const questions = useQuizQuestions(campaignId)
  const [adding, setAdding] = useState(false)
  return (
    <Card
      size="small"
      title={t('quizAdmin.questions', { count: questions.data?.items.length ?? 0 })}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('quizAdmin.addQuestion')}
        </Button>
      }
    >
      {questions.isPending ? (
        <LoadingState />
      ) : questions.isError ? (
        <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />
      ) : questions.data.items.length === 0 ? (
        <EmptyState description={t('quizAdmin.noQuestions')} />
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="quiz-questions">
          {questions.data.items.map((q) => (
            <li key={q.id} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{q.text}</Typography.Text>
              <ol type="A" style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                {q.options.map((o, i) => (
                  <li key={i}>
                    <Typography.Text type={i === q.correctIndex ? 'success' : undefined} strong={i === q.correctIndex}>
                      {o}
                    </Typography.Text>
                  </li>
                ))}
              </ol>
              {q.explanation && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{q.explanation}</Typography.Text>}
            </li>
          ))}
        </ol>
      )}
      <QuestionFormModal
        key={adding ? 'open' : 'closed'}
        campaignId={campaignId}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false)
          void message.success(t('quizAdmin.questionSaved'))
        }}
      />
    </Card>
  )
}

interface QuestionValues {
  text: string
  options: string[]
  correctIndex: number
  explanation?: string
}

function QuestionFormModal({ campaignId, open, onClose, onSaved }: { campaignId: number; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<QuestionValues>()
  const create = useCreateQuestion(campaignId)
  const submission = useSubmission('question', open)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const options = Form.useWatch('options', form) ?? []

  const submit = async (v: QuestionValues) => {
    setProblem(null)
    try {
      const body = {
        text: v.text.trim(),
        options: v.options.map((o) => o.trim()),
        correctIndex: v.correctIndex,
        explanation: v.explanation?.trim() || undefined,
      }
      if (await submission.run((key) => create.mutateAsync({ body, key }))) onSaved()
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={t('quizAdmin.questionTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={submission.pending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <FormProblem value={problem} />
      <Form<QuestionValues>
        form={form}
        layout="vertical"
        name="quizQuestion"
        initialValues={{ text: '', options: ['', ''], correctIndex: 0 }}
        onFinish={(v) => void submit(v)}
        disabled={submission.pending}
      >
        <Form.Item name="text" label={t('quizAdmin.text')} rules={[{ required: true, whitespace: true, message: t('quizAdmin.textRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="correctIndex" label={t('quizAdmin.options')} extra={t('quizAdmin.optionsHint')}>
          <Radio.Group style={{ width: '100%' }}>
            <Form.List name="options">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} align="start">
                      <Radio value={i} aria-label={t('quizAdmin.markCorrect', { n: i + 1 })} style={{ marginTop: 6 }} />
                      <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: t('quizAdmin.optionRequired') }]}>
                        <Input maxLength={200} aria-label={t('quizAdmin.optionN', { n: i + 1 })} />
                      </Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        disabled={fields.length <= MIN_OPTIONS}
                        onClick={() => {
                          remove(field.name)
                          const c = form.getFieldValue('correctIndex') as number
                          if (c >= i && c > 0) form.setFieldValue('correctIndex', c === i ? 0 : c - 1)
                        }}
                        aria-label={t('quizAdmin.removeOption', { n: i + 1 })}
                      />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} disabled={options.length >= MAX_OPTIONS} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                    {t('quizAdmin.addOption')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="explanation" label={t('quizAdmin.explanation')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function Quizzes({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const quizzes = useQuizzes(campaignId)
  const questions = useQuizQuestions(campaignId)
  const [adding, setAdding] = useState(false)
  const [results, setResults] = useState<Quiz | null>(null)
  return (
    <Card
      size="small"
      title={t('quizAdmin.quizzes')}
      extra={
        <Button size="small" icon={<PlusOutlined />} disabled={!questions.data?.items.length} onClick={() => setAdding(true)}>
          {t('quizAdmin.addQuiz')}
        </Button>
      }
    >
      {quizzes.isPending ? (
        <LoadingState />
      ) : quizzes.isError ? (
        <ErrorState error={quizzes.error} onRetry={() => void quizzes.refetch()} />
      ) : quizzes.data.items.length === 0 ? (
        <EmptyState description={t('quizAdmin.noQuizzes')} />
      ) : (
        <Flex vertical gap={8}>
          {quizzes.data.items.map((q) => (
            <Card key={q.id} size="small" type="inner" data-testid="quiz">
              <Flex justify="space-between" gap={8} wrap>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong>{q.title}</Typography.Text>
                  <Typography.Text type="secondary">{t('quizAdmin.questionCount', { count: q.questionIds.length })}</Typography.Text>
                  <Typography.Text copyable={{ text: quizLink(q.publicId), tooltips: [t('campaign.copy'), t('campaign.copied')] }} style={{ wordBreak: 'break-all', fontSize: 12 }}>
                    <a href={quizLink(q.publicId)} target="_blank" rel="noopener noreferrer">
                      {quizLink(q.publicId)}
                    </a>
                  </Typography.Text>
                </Flex>
                <Button icon={<BarChartOutlined />} onClick={() => setResults(q)}>
                  {t('quizAdmin.results')}
                </Button>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <QuizFormModal
        key={adding ? 'open' : 'closed'}
        campaignId={campaignId}
        questions={questions.data?.items ?? []}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false)
          void message.success(t('quizAdmin.quizSaved'))
        }}
      />
      <Modal open={results !== null} title={results ? t('quizAdmin.resultsOf', { title: results.title }) : ''} footer={null} onCancel={() => setResults(null)} width={640} destroyOnHidden>
        {results && <QuizResults quizId={results.id} />}
      </Modal>
    </Card>
  )
}

function QuizFormModal({ campaignId, questions, open, onClose, onSaved }: {
  campaignId: number
  questions: QuizQuestion[]
  open: boolean
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ title: string; questionIds: number[] }>()
  const create = useCreateQuiz(campaignId)
  const submission = useSubmission('quiz', open)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  return (
    <Modal
      open={open}
      title={t('quizAdmin.quizTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={submission.pending}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProblem value={problem} />
      <Form
        form={form}
        layout="vertical"
        name="quiz"
        initialValues={{ title: '', questionIds: questions.map((q) => q.id) }}
        onFinish={async (v) => {
          setProblem(null)
          try {
            const body = { title: v.title.trim(), questionIds: v.questionIds }
            if (await submission.run((key) => create.mutateAsync({ body, key }))) onSaved()
          } catch (e) {
            setProblem(applyServerErrors(form, e))
          }
        }}
      >
        <Form.Item name="title" label={t('quizAdmin.title')} rules={[{ required: true, whitespace: true, message: t('quizAdmin.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="questionIds" label={t('quizAdmin.pickQuestions')} rules={[{ required: true, type: 'array', min: 1, message: t('quizAdmin.pickQuestionsRequired') }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={questions.map((q) => ({ value: q.id, label: q.text }))} aria-label={t('quizAdmin.pickQuestions')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function QuizResults({ quizId }: { quizId: number }) {
  const { t, i18n } = useTranslation()
  const results = useQuizResults(quizId)
  const columns: TableProps<QuizUnitResult>['columns'] = [
    { title: t('campaignUnits.unit'), key: 'unit', render: (_, r) => r.unit?.name ?? t('quizAdmin.noUnit') },
    { title: t('quizAdmin.participants'), dataIndex: 'participants', width: 110, align: 'right', render: (v: number) => formatNumber(v, i18n.language) },
    { title: t('quizAdmin.averageScore'), dataIndex: 'averageScore', width: 130, align: 'right', render: (v: number) => formatNumber(v, i18n.language) },
  ]
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />
  return (
    <Table<QuizUnitResult>
      rowKey={(r) => r.unit?.id ?? 0}
      size="small"
      columns={columns}
      dataSource={results.data?.items}
      loading={results.isPending}
      pagination={false}
      locale={{ emptyText: results.isPending ? ' ' : <EmptyState description={t('quizAdmin.noResults')} /> }}
    />
  )
}
