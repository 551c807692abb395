import type { ThemeConfig } from 'antd'

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fb4',
    // Text at least 4.5:1 against white and the page's grey (WCAG 2.1 AA): antd's secondary grey (#8c8c8c)
    // is 3.4:1, its placeholder grey 1.8:1, and its links take the default blue (#1677ff, 4.1:1).
    colorLink: '#1d5fb4',
    // a hovered or pressed primary button darkens (antd lightens it, to 4.3:1 under white text)
    colorPrimaryHover: '#174c90',
    colorPrimaryActive: '#123b70',
    colorLinkHover: '#174c90',
    colorLinkActive: '#123b70',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Red for errors (form messages, danger buttons' text and fill) and the coloured text types: the darker
    // shade of each hue, as antd's defaults (#ff4d4f, #faad14, #52c41a) are 1.9–3.3:1 on white.
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    colorWarningText: '#ad4e00',
    colorSuccessText: '#237804',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    // Tags write in the hue's 7th shade on its 1st: for these hues that is under 4.5:1, so a darker shade.
    Tag: {
      gold7: '#874d00',
      orange7: '#873800',
      yellow7: '#614700',
      lime7: '#3f6600',
      green7: '#237804',
      cyan7: '#006d75',
      volcano7: '#ad2102',
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorInfo: '#0958d9',
    },
    // a finished bar writes its figure in the success green (#52c41a, 2.3:1): a darker green
    Progress: { colorSuccess: '#237804' },
    // a table's empty text is drawn in the disabled grey (1.8:1)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff' },
  },
}
