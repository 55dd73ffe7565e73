import { onScopeDispose, ref, type Ref } from 'vue';

/** Where drawing page 1 is: the component shows the canvas only when `rendered`, the lines otherwise. */
export type PdfPageState = 'loading' | 'rendered' | 'failed';

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

/**
 * Draws the first page of a PDF on a canvas with pdf.js (pdfjs-dist, Mozilla's
 * viewer). The library and its worker are bundled by Vite and loaded only when
 * a laser preview is shown; nothing is fetched from the network, no eval.
 * Any failure leaves `state` at 'failed', so the screen falls back to text.
 */
export function usePdfFirstPage(canvas: Ref<HTMLCanvasElement | null>): {
  readonly state: Ref<PdfPageState>;
  readonly render: (pdfBase64: string, cssWidth: number) => Promise<void>;
} {
  const state = ref<PdfPageState>('loading');
  let destroy: (() => Promise<void>) | null = null;

  async function render(pdfBase64: string, cssWidth: number): Promise<void> {
    state.value = 'loading';
    try {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist'),
        import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
      ]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const task = pdfjs.getDocument({ data: bytesOf(pdfBase64), isEvalSupported: false, enableXfa: false });
      destroy = () => task.destroy();
      const document = await task.promise;
      const page = await document.getPage(1);
      const target = canvas.value;
      if (!target) {
        throw new Error('no canvas');
      }
      const unscaled = page.getViewport({ scale: 1 });
      // Sharp on high-density screens: draw at the device's pixel ratio, show at the CSS width.
      const ratio = globalThis.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * ratio });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      await page.render({ canvas: target, viewport }).promise;
      state.value = 'rendered';
    } catch {
      state.value = 'failed';
    }
  }

  onScopeDispose(() => {
    void destroy?.();
  });
  return { state, render };
}
