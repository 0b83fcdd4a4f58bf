import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { heedData } from './utils/warnings/compile-data';

export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins: the compiled trigger data is added here too.
  plugins: [WxtVitest(), heedData()],
  test: {
    environment: 'happy-dom',
    include: ['utils/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts'],
  },
});
