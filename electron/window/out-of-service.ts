/**
 * The page shown when the renderer keeps crashing. Static HTML as a data: URL,
 * no script, its own CSP: it must render even when the renderer bundle is the
 * thing that is broken.
 */
export function outOfServiceDataUrl(): string {
  const html = `<!doctype html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Fuera de servicio</title>
<style>
  html, body { margin: 0; height: 100%; background: #1f2933; color: #f5f7fa; font-family: sans-serif; }
  main { height: 100%; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; padding: 0 10vw; }
  h1 { font-size: 3rem; margin: 0 0 1rem; }
  p { font-size: 1.5rem; margin: 0; }
</style>
</head>
<body><main data-state="out-of-service">
<h1>Fuera de servicio</h1>
<p>Este punto de autoservicio no está disponible en este momento. Por favor acérquese a un asesor.</p>
</main></body>
</html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
