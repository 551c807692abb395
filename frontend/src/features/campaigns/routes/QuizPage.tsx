import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Progress, Radio, Result, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { PublicError, PublicShell } from '@/components/PublicShell'
import { LoadingState } from '@/components/States'
import type { PublicQuiz, QuizAttemptResult } from '@/lib/api/types'
import { usePublicQuiz, useSubmitAttempt } from '../api/public'
import { usePublicAudience } from '../audience'
import { PublicActionError, PublicAudienceChoice } from '../components/PublicAudienceChoice'
import { ShareButton } from '../components/ShareButton'
import { deviceId } from '../device'
import { quizLink } from '../links'

/** /trac-nghiem/:publicId?unit=CODE — the campaign's quiz, without an account. */
export function QuizPage() {
  const { publicId } = useParams()
  const id = publicId ?? ''
  const quiz = usePublicQuiz(id)
  return (
    <PublicShell campaign={quiz.data ? { name: quiz.data.campaignName } : undefined}>
      {quiz.isPending ? <LoadingState /> : quiz.isError ? <PublicError error={quiz.error} /> : <Quiz quiz={quiz.data} />}
    </PublicShell>
  )
}

function Quiz({ quiz }: { quiz: PublicQuiz }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const unitCode = params.get('unit')?.trim() || undefined
  const submit = useSubmitAttempt(quiz.id)
  const [audience, setAudience] = usePublicAudience()
  const [answers, setAnswers] = useState<Record<number, number>>({})
  const [result, setResult] = useState<QuizAttemptResult | null>(null)
  const answered = quiz.questions.filter((q) => answers[q.id] !== undefined).length
  const complete = answered === quiz.questions.length

  const send = async () => {
    try {
      const r = await submit.mutateAsync({
        unitCode,
        deviceId: deviceId(),
        audience,
        answers: quiz.questions.map((q) => ({ questionId: q.id, choice: answers[q.id] })),
      })
      setResult(r)
      window.scrollTo?.({ top: 0, behavior: 'smooth' })
    } catch {
      // shown below from submit.error
    }
  }

  const verdict = (questionId: number) => result?.answers.find((a) => a.questionId === questionId)

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {quiz.title}
        </Typography.Title>
        <ShareButton
          data={{ url: quizLink(quiz.id, unitCode), title: t('share.quizTitle', { title: quiz.title }), text: t('share.quizText', { name: quiz.campaignName }) }}
        />
      </Flex>
      {result && <Score result={result} onAgain={() => {
        setResult(null)
        setAnswers({})
        submit.reset()
      }} />}
      {!result && (
        <Typography.Text type="secondary">{t('quiz.intro', { count: quiz.questions.length })}</Typography.Text>
      )}
      {quiz.questions.map((q, i) => {
        const v = verdict(q.id)
        return (
          <Card
            key={q.id}
            size="small"
            data-testid="quiz-question"
            title={
              <Flex gap={8} align="flex-start">
                {v && (v.correct ? <CheckCircleFilled style={{ color: '#389e0d', marginTop: 4 }} /> : <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} />)}
                <span style={{ whiteSpace: 'normal' }}>{t('quiz.questionN', { n: i + 1, text: q.text })}</span>
              </Flex>
            }
          >
            <Radio.Group
              value={answers[q.id]}
              onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: Number(e.target.value) }))}
              disabled={!!result}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              aria-label={q.text}
            >
              {q.options.map((o, j) => (
                <Radio key={j} value={j} style={v && j === v.correctIndex ? { fontWeight: 600, color: '#237804' } : undefined}>
                  {o}
                </Radio>
              ))}
            </Radio.Group>
            {v && (
              <Alert
                style={{ marginTop: 12 }}
                type={v.correct ? 'success' : 'error'}
                title={v.correct ? t('quiz.right') : t('quiz.wrong', { answer: q.options[v.correctIndex] ?? '' })}
                description={v.explanation}
                data-testid="quiz-explanation"
              />
            )}
          </Card>
        )
      })}
      {submit.isError && <PublicActionError error={submit.error} />}
      {!result && (
        <Flex vertical gap={8}>
          <PublicAudienceChoice value={audience} onChange={setAudience} disabled={submit.isPending} />
          <Progress percent={Math.round((answered / Math.max(1, quiz.questions.length)) * 100)} format={() => `${answered}/${quiz.questions.length}`}
            aria-label={t('quiz.answeredLabel')}
          />
          <Button type="primary" size="large" icon={<SendOutlined />} disabled={!complete} loading={submit.isPending} onClick={() => void send()}>
            {t('quiz.submit')}
          </Button>
          {!complete && <Typography.Text type="secondary">{t('quiz.answerAll')}</Typography.Text>}
        </Flex>
      )}
    </Flex>
  )
}

function Score({ result, onAgain }: { result: QuizAttemptResult; onAgain: () => void }) {
  const { t } = useTranslation()
  return (
    <Card data-testid="quiz-score">
      <Result
        status={result.score * 2 >= result.total ? 'success' : 'info'}
        title={t('quiz.score', { score: result.score, total: result.total })}
        subTitle={result.counted ? t('quiz.counted') : t('quiz.notCounted')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={onAgain}>
            {t('quiz.again')}
          </Button>
        }
        style={{ padding: 8 }}
      />
      {!result.counted && <Alert type="warning" showIcon title={t('quiz.alreadyPlayed')} data-testid="quiz-not-counted" />}
    </Card>
  )
}
