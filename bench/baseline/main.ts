// The baseline page: an empty Vite bundle that marks itself ready after its first paint.
const app = document.getElementById('app');
if (app) {
  app.textContent = 'baseline';
  requestAnimationFrame(() => app.setAttribute('data-state', 'ready'));
}
