import { useTranslation } from 'react-i18next'

/**
 * Shown while the first page's code (and antd's) loads: the same light state as index.html's, styled by its inline
 * &lt;style&gt; (.boot), so the screen does not jump when React takes over. No antd here: it is not loaded yet.
 */
export function BootLoading() {
  const { t } = useTranslation()
  return (
    <div className="boot" role="status" aria-live="polite">
      <div className="boot-mark" aria-hidden="true" />
      <div className="boot-title">{t('app.documentTitle')}</div>
      <div>{t('common.loading')}</div>
    </div>
  )
}
