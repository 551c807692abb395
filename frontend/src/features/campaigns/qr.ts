/**
 * A QR code of a text as SVG, drawn in the browser by the ZXing writer — the library the door already uses to read
 * invitations. Loaded only when a QR code is shown (the wall's kiosk), its .wasm is one of the app's own assets.
 */
export async function qrSvg(text: string): Promise<string> {
  const [{ writeBarcode, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('zxing-wasm/writer'),
    import('zxing-wasm/writer/zxing_writer.wasm?url'),
  ])
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, window.location.href).href : prefix + path),
    },
  })
  const written = await writeBarcode(text, { format: 'QRCode', ecLevel: 'M', scale: 8 })
  if (written.error) throw new Error(written.error)
  return written.svg
}
