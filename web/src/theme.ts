import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  Drawer,
  type MantineColorsTuple,
  Modal,
  mergeThemeOverrides,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** A Mantine palette whose shade 9 is `shade9`, dark enough for text on white and on its tint. */
function deepened(color: 'teal' | 'red' | 'green' | 'orange' | 'yellow' | 'lime', shade9: string) {
  return [...DEFAULT_THEME.colors[color].slice(0, 9), shade9] as unknown as MantineColorsTuple;
}

/**
 * Contrast per WCAG 2.1 AA (4.5:1 for text): Mantine draws text, links, badges and buttons in
 * shade 6, which reaches 2.4–4:1 on white. Shade 9 reaches it for most palettes; where even that
 * falls short on a light badge's tint, the palette gets a deeper shade 9.
 * e2e/accessibility.e2e.ts checks every page with axe-core.
 */
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  autoContrast: true,
  colors: {
    teal: deepened('teal', '#06694b'),
    red: deepened('red', '#b42424'),
    green: deepened('green', '#237032'),
    orange: deepened('orange', '#b3400b'),
    yellow: deepened('yellow', '#9c5700'),
    lime: deepened('lime', '#426d09'),
  },
  defaultRadius: 'md',
  // Who asks the system for less motion gets menus and dialogs without their fades (WCAG 2.3.3).
  respectReducedMotion: true,
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});

/** The theme in the UI language: every dialog's and drawer's close button is named in it. */
export function themeIn(t: TFunction) {
  const closeButtonProps = { 'aria-label': t('common.closeDialog') };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
    },
  });
}

/** Secondary ("dimmed") text in gray 7: gray 6 reaches only 3.3:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
