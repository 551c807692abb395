import { PhoneOutlined } from '@ant-design/icons'
import { Flex, Typography } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** The national child-protection line: free, 24/7. */
export const CHILD_HOTLINE = '111'

/**
 * "Cần giúp đỡ?" on every public page: the national child-protection line 111 (a tel: link) and the advice to talk to
 * the school counsellor or a teacher one trusts. It collects nothing: no form, no request, no tracking — a plain link.
 * `compact` is one line for the wall's big screen.
 */
export function NeedHelp({ compact }: { compact?: boolean }) {
  const { t } = useTranslation()
  const titleId = useId()
  if (compact) {
    return (
      <div className="need-help need-help-compact" data-testid="need-help">
        {t('needHelp.compact', { number: CHILD_HOTLINE })}
      </div>
    )
  }
  return (
    <aside className="need-help" aria-labelledby={titleId} data-testid="need-help">
      <Typography.Title level={2} id={titleId} style={{ fontSize: 18, margin: 0 }}>
        {t('needHelp.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: '8px 0' }}>{t('needHelp.text')}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" justify="center">
        <a className="need-help-call" href={`tel:${CHILD_HOTLINE}`} aria-label={t('needHelp.callLabel', { number: CHILD_HOTLINE })}>
          <PhoneOutlined /> {t('needHelp.call', { number: CHILD_HOTLINE })}
        </a>
        <Typography.Text type="secondary">{t('needHelp.hotline')}</Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('needHelp.school')}</Typography.Paragraph>
    </aside>
  )
}
