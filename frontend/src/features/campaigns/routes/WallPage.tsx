import { CheckCircleOutlined, ExpandOutlined, HeartOutlined, WarningOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Form, Input, Pagination, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { NeedHelp } from '@/components/NeedHelp'
import { PublicError, PublicShell } from '@/components/PublicShell'
import { EmptyState, LoadingState } from '@/components/States'
import type { PledgeReceipt, PublicCampaign, WallPledge } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { usePublicCampaign, usePublicUnit, useSignWall, useWall } from '../api/public'
import { usePublicAudience } from '../audience'
import { JoinQr } from '../components/JoinQr'
import { PublicActionError, PublicAudienceChoice } from '../components/PublicAudienceChoice'
import { wallLink } from '../links'
import { looksLikeContact, NAME_MAX, PLEDGE_MAX, pledgeBody, pledgeCounter, validatePledge, type PledgeDraft } from '../pledge'

const PAGE_SIZE = 24
const KIOSK_SIZE = 30
/** "write my own" in the choice of templates. */
const OWN = -1

/** /buc-tuong/:publicId — sign the Digital Safety Wall and read it; ?kiosk=1 for a big screen. */
export function WallPage() {
  const { t } = useTranslation()
  const { publicId } = useParams()
  const [params] = useSearchParams()
  const id = publicId ?? ''
  const campaign = usePublicCampaign(id)
  const kiosk = params.get('kiosk') === '1'

  if (kiosk) return <Kiosk campaignId={id} campaign={campaign.data} unitCode={params.get('unit') ?? undefined} />
  return (
    <PublicShell campaign={campaign.data} wide>
      {campaign.isPending ? (
        <LoadingState />
      ) : campaign.isError ? (
        <PublicError error={campaign.error} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('wall.title')}
          </Typography.Title>
          <SignForm campaign={campaign.data} unitCode={params.get('unit') ?? undefined} />
          <Wall campaignId={id} />
        </Flex>
      )}
    </PublicShell>
  )
}

interface Values {
  displayName: string
  unitCode?: string
  choice: number
  text?: string
}

function SignForm({ campaign, unitCode }: { campaign: PublicCampaign; unitCode?: string }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const sign = useSignWall(campaign.id)
  // The link's unit, by its name: a pupil reads "Trường THPT Châu Văn Liêm", not THPT-CHAUVANLIEM.
  const linkUnit = usePublicUnit(campaign.id, unitCode)
  const [audience, setAudience] = usePublicAudience()
  const [receipt, setReceipt] = useState<PledgeReceipt | null>(null)
  const templates = campaign.pledgeTemplates ?? []
  const choice = Form.useWatch('choice', form) ?? (templates.length > 0 ? 0 : OWN)
  const text = Form.useWatch('text', form) ?? ''
  const counter = pledgeCounter(text)

  const draftOf = (v: Values): PledgeDraft => ({
    displayName: v.displayName ?? '',
    unitCode: v.unitCode,
    templateIndex: v.choice === OWN ? undefined : v.choice,
    text: v.text,
  })

  const submit = async (v: Values) => {
    setReceipt(null)
    try {
      const r = await sign.mutateAsync({ ...pledgeBody(draftOf(v)), audience })
      setReceipt(r)
      form.resetFields(['text'])
    } catch {
      // shown below from sign.error
    }
  }

  const problem = (field: 'displayName' | 'text' | 'unitCode') => ({
    validator: () => {
      const p = validatePledge(draftOf(form.getFieldsValue()))[field]
      return p ? Promise.reject(new Error(t(`wall.problem.${p}`))) : Promise.resolve()
    },
  })

  return (
    <Card title={<><HeartOutlined /> {t('wall.signTitle')}</>}>
      {receipt && (
        <Alert
          type={receipt.status === 'HELD' ? 'warning' : 'success'}
          showIcon
          icon={receipt.status === 'HELD' ? <WarningOutlined /> : <CheckCircleOutlined />}
          role="status"
          data-testid="wall-receipt"
          data-status={receipt.status}
          title={receipt.status === 'HELD' ? t('wall.heldTitle') : t('wall.pendingTitle')}
          description={receipt.status === 'HELD' ? t('wall.heldDetail') : t('wall.pendingDetail')}
          style={{ marginBottom: 16 }}
          closable={{ onClose: () => setReceipt(null) }}
        />
      )}
      {sign.isError && (
        <div style={{ marginBottom: 16 }}>
          <PublicActionError error={sign.error} />
        </div>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="pledge"
        onFinish={(v) => void submit(v)}
        initialValues={{ choice: templates.length > 0 ? 0 : OWN, unitCode: unitCode, text: '' }}
        disabled={sign.isPending}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="displayName"
            label={t('wall.displayName')}
            extra={t('wall.displayNameHint')}
            rules={[problem('displayName')]}
            style={{ flex: '2 1 240px' }}
          >
            <Input maxLength={NAME_MAX} autoComplete="given-name" />
          </Form.Item>
          {unitCode && linkUnit.data ? (
            <Flex vertical gap={4} style={{ flex: '1 1 160px' }} data-testid="wall-unit">
              <Typography.Text>{t('wall.unit')}</Typography.Text>
              <Typography.Text strong>{linkUnit.data.name}</Typography.Text>
              <Form.Item name="unitCode" hidden>
                <Input />
              </Form.Item>
            </Flex>
          ) : (
            <Form.Item name="unitCode" label={t('wall.unitCode')} extra={t('wall.unitCodeHint')} rules={[problem('unitCode')]} style={{ flex: '1 1 160px' }}>
              <Input autoCapitalize="characters" autoComplete="off" />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="choice" label={t('wall.choose')}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {templates.map((tpl, i) => (
              <Radio key={i} value={i}>
                {tpl}
              </Radio>
            ))}
            <Radio value={OWN}>{t('wall.writeOwn')}</Radio>
          </Radio.Group>
        </Form.Item>
        {choice === OWN && (
          <Form.Item
            name="text"
            label={t('wall.text')}
            rules={[problem('text')]}
            extra={
              <Flex justify="space-between" gap={8} wrap>
                <span>{t('wall.noContact')}</span>
                <Typography.Text type={counter.over ? 'danger' : 'secondary'} data-testid="wall-counter" aria-live="polite">
                  {t('wall.counter', { used: counter.used, max: PLEDGE_MAX })}
                </Typography.Text>
              </Flex>
            }
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
        {choice === OWN && looksLikeContact(text) && (
          <Alert type="warning" showIcon title={t('wall.contactWarning')} style={{ marginBottom: 16 }} data-testid="wall-contact-warning" />
        )}
        <div style={{ marginBottom: 16 }}>
          <PublicAudienceChoice value={audience} onChange={setAudience} disabled={sign.isPending} />
        </div>
        <Button type="primary" size="large" htmlType="submit" loading={sign.isPending} icon={<HeartOutlined />}>
          {t('wall.sign')}
        </Button>
      </Form>
    </Card>
  )
}

function Wall({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  const wall = useWall(campaignId, page, PAGE_SIZE, 15_000)

  return (
    <Card
      title={t('wall.wallTitle')}
      extra={wall.data && <Typography.Text strong data-testid="wall-count">{t('wall.count', { count: wall.data.total })}</Typography.Text>}
    >
      {wall.isPending ? (
        <LoadingState />
      ) : wall.isError ? (
        <PublicError error={wall.error} />
      ) : wall.data.items.length === 0 ? (
        <EmptyState description={t('wall.empty')} />
      ) : (
        <Flex vertical gap={16}>
          <Entries items={wall.data.items} />
          <Pagination
            align="center"
            current={page}
            pageSize={PAGE_SIZE}
            total={wall.data.total}
            onChange={setPage}
            hideOnSinglePage
            showSizeChanger={false}
          />
        </Flex>
      )}
    </Card>
  )
}

function Entries({ items }: { items: WallPledge[] }) {
  return (
    <div className="wall-grid" role="list" data-testid="wall-entries">
      {items.map((e) => (
        <div key={e.id} className="wall-card" role="listitem" data-testid="wall-entry">
          <div style={{ whiteSpace: 'pre-line', marginBottom: 8 }}>{e.text}</div>
          <Flex justify="space-between" gap={8} wrap style={{ fontSize: '0.85em', color: '#595959' }}>
            <strong>
              {e.displayName}
              {e.unitName ? ` · ${e.unitName}` : ''}
            </strong>
            <span>{formatDate(e.approvedAt)}</span>
          </Flex>
        </div>
      ))}
    </div>
  )
}

/** The wall on a big screen: no form, large type, refreshed every 10 seconds. */
function Kiosk({ campaignId, campaign, unitCode }: { campaignId: string; campaign?: PublicCampaign; unitCode?: string }) {
  const { t } = useTranslation()
  const wall = useWall(campaignId, 1, KIOSK_SIZE, 10_000)
  const [full, setFull] = useState(false)
  const canFull = typeof document !== 'undefined' && !!document.documentElement.requestFullscreen
  return (
    <div className="wall-kiosk" data-testid="wall-kiosk">
      <Flex justify="space-between" align="flex-start" gap={16}>
        <div>
          <h1>{t('wall.title')}</h1>
          {campaign && (
            <div style={{ fontSize: 'clamp(18px, 2vw, 32px)', opacity: 0.9 }}>
              {campaign.name}
              {campaign.hashtags?.length ? ` · ${campaign.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)).join(' ')}` : ''}
            </div>
          )}
        </div>
        <Flex vertical align="flex-end" gap={8}>
          {wall.data && (
            <div className="wall-count" data-testid="wall-count">
              {t('wall.count', { count: wall.data.total })}
            </div>
          )}
          {canFull && !full && (
            <Button
              ghost
              icon={<ExpandOutlined />}
              onClick={() => {
                void document.documentElement.requestFullscreen().then(() => setFull(true), () => undefined)
              }}
            >
              {t('wall.fullScreen')}
            </Button>
          )}
          <JoinQr url={wallLink(campaignId, { unitCode })} />
        </Flex>
      </Flex>
      {wall.isPending ? (
        <LoadingState />
      ) : wall.isError ? (
        <PublicError error={wall.error} />
      ) : wall.data.items.length === 0 ? (
        <div style={{ fontSize: 'clamp(20px, 2.5vw, 40px)' }}>{t('wall.empty')}</div>
      ) : (
        <Entries items={wall.data.items} />
      )}
      <NeedHelp compact />
    </div>
  )
}
