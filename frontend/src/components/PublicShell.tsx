import { Alert, Flex, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { NeedHelp } from '@/components/NeedHelp'
import { useErrorText } from '@/components/useErrorText'

/**
 * The frame of the pages young people open from a link, without an account: the campaign's name
 * and hashtags on top, one narrow column that reads well on a phone. `privacy` replaces the
 * footer's "we collect nothing" on a page that does collect something (a contest entry). Every such page carries the
 * "Cần giúp đỡ?" panel (NeedHelp) in its footer.
 */
export function PublicShell({ campaign, children, wide, privacy }: {
  campaign?: { name: string; slogans?: string[]; hashtags?: string[] }
  children: ReactNode
  wide?: boolean
  privacy?: string
}) {
  const { t } = useTranslation()
  return (
    <div className="public-page">
      <header className="public-header">
        <Flex justify="space-between" align="center" gap={8} style={{ maxWidth: wide ? 1100 : 720, margin: '0 auto' }}>
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }} ellipsis>
              {campaign?.name ?? t('publicPage.campaign')}
            </Typography.Text>
            {campaign?.slogans?.[0] && (
              <Typography.Text style={{ color: 'rgba(255,255,255,.85)' }} ellipsis>
                {campaign.slogans[0]}
              </Typography.Text>
            )}
          </Flex>
          <LanguageSwitch />
        </Flex>
      </header>
      <main style={{ maxWidth: wide ? 1100 : 720, margin: '0 auto', padding: '16px 12px 32px' }}>{children}</main>
      <footer className="public-footer">
        <NeedHelp />
        {campaign?.hashtags && campaign.hashtags.length > 0 && (
          <Flex gap={4} wrap justify="center" style={{ marginBottom: 8 }}>
            {campaign.hashtags.map((h) => (
              <Tag key={h} color="red">
                {h.startsWith('#') ? h : `#${h}`}
              </Tag>
            ))}
          </Flex>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {privacy ?? t('publicPage.footer')}
        </Typography.Text>
      </footer>
    </div>
  )
}

/** A failed public call as an alert: "too many attempts, wait N seconds" for a 429. */
export function PublicError({ error }: { error: unknown }) {
  const { title, detail } = useErrorText(error)
  return <Alert type="error" showIcon role="alert" title={title} description={detail} data-testid="public-error" />
}
