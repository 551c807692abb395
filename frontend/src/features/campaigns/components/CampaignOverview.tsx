import { LinkOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Descriptions, Flex, Image, Row, Tag, Typography, Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Campaign } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { useUploadFrame } from '../api/campaigns'
import { frameLink, wallLink } from '../links'

const MAX_FRAME_BYTES = 5 * 1024 * 1024

/** The campaign as planned, its frame, and the links young people open without an account. */
export function CampaignOverview({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const list = (items: string[] | undefined) =>
    items && items.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    ) : (
      t('common.none')
    )

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'period', label: t('campaign.period'), children: `${formatDate(campaign.startsOn)} – ${formatDate(campaign.endsOn)}` },
            { key: 'slogans', label: t('campaign.slogans'), children: list(campaign.slogans) },
            {
              key: 'hashtags',
              label: t('campaign.hashtags'),
              children: campaign.hashtags?.length ? (
                <Flex gap={4} wrap>
                  {campaign.hashtags.map((h) => (
                    <Tag key={h} color="red">
                      {h}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                t('common.none')
              ),
            },
            { key: 'organisers', label: t('campaign.organisers'), children: campaign.organisers || t('common.none') },
            { key: 'direct', label: t('campaign.directAudience'), children: campaign.directAudience || t('common.none') },
            { key: 'indirect', label: t('campaign.indirectAudience'), children: campaign.indirectAudience || t('common.none') },
            { key: 'messages', label: t('campaign.keyMessages'), children: list(campaign.keyMessages) },
            {
              key: 'trailer',
              label: t('campaign.trailerUrl'),
              children: campaign.trailerUrl ? (
                <Typography.Link href={campaign.trailerUrl} target="_blank" rel="noopener noreferrer">
                  {campaign.trailerUrl}
                </Typography.Link>
              ) : (
                t('common.none')
              ),
            },
            {
              key: 'materials',
              label: t('campaign.materials'),
              children: campaign.materials?.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {campaign.materials.map((m, i) => (
                    <li key={i}>
                      <Typography.Link href={m.url} target="_blank" rel="noopener noreferrer">
                        {m.title}
                      </Typography.Link>
                    </li>
                  ))}
                </ul>
              ) : (
                t('common.none')
              ),
            },
            { key: 'templates', label: t('campaign.pledgeTemplates'), children: list(campaign.pledgeTemplates) },
          ]}
        />
      </Col>
      <Col xs={24} lg={10}>
        <Flex vertical gap={16}>
          <FrameCard campaign={campaign} />
          <PublicLinks campaign={campaign} />
        </Flex>
      </Col>
    </Row>
  )
}

function FrameCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const upload = useUploadFrame(campaign.id)
  const errorOf = useErrorTextOf()
  const err = upload.isError ? errorOf(upload.error) : null

  return (
    <Flex vertical gap={8} data-testid="campaign-frame">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('campaign.frame')}
      </Typography.Title>
      {campaign.hasFrame && campaign.frameUrl ? (
        <Image
          src={`${campaign.frameUrl}?v=${campaign.version}`}
          alt={t('campaign.framePreview')}
          width={220}
          style={{ background: 'repeating-conic-gradient(#eee 0% 25%, #fff 0% 50%) 50% / 20px 20px', borderRadius: 8 }}
        />
      ) : (
        <EmptyState description={t('campaign.noFrame')} />
      )}
      {err && <Alert type="error" showIcon title={err.title} description={err.detail} role="alert" />}
      {campaign.canManage && (
        <>
          <Upload
            accept="image/png"
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              if (file.size > MAX_FRAME_BYTES) {
                void message.error(t('campaign.frameTooLarge'))
                return Upload.LIST_IGNORE
              }
              upload.mutate(file, { onSuccess: () => void message.success(t('campaign.frameSaved')) })
              return false
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {campaign.hasFrame ? t('campaign.replaceFrame') : t('campaign.uploadFrame')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('campaign.frameHint')}
          </Typography.Text>
        </>
      )}
    </Flex>
  )
}

function PublicLinks({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const unit = campaign.myUnit?.code
  const links = [
    { key: 'frame', label: unit ? t('campaign.linkFrameMine') : t('campaign.linkFrame'), url: frameLink(campaign.publicId, unit) },
    { key: 'wall', label: t('campaign.linkWall'), url: wallLink(campaign.publicId, { unitCode: unit }) },
    { key: 'kiosk', label: t('campaign.linkKiosk'), url: wallLink(campaign.publicId, { kiosk: true }) },
  ]
  return (
    <Flex vertical gap={8} data-testid="campaign-links">
      <Typography.Title level={5} style={{ margin: 0 }}>
        <LinkOutlined /> {t('campaign.publicLinks')}
      </Typography.Title>
      {links.map((l) => (
        <Flex key={l.key} vertical gap={2}>
          <Typography.Text strong>{l.label}</Typography.Text>
          <Typography.Text copyable={{ text: l.url, tooltips: [t('campaign.copy'), t('campaign.copied')] }} style={{ wordBreak: 'break-all' }}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.url}
            </a>
          </Typography.Text>
        </Flex>
      ))}
      {!unit && <Typography.Text type="secondary">{t('campaign.unitLinkHint')}</Typography.Text>}
    </Flex>
  )
}
