import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served over http by browser mode and by Electron's app protocol, never from file://.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
  },
});
