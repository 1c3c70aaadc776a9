import {
  Combobox,
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  InputPlaceholder,
  isLightColor,
  Modal,
  NavLink,
  Notification,
  parseThemeColor,
  TableScrollContainer,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Text readable on Mantine's colours, at 4.5:1 at least (WCAG AA) whatever the colour: white on a filled colour made
 * one or two shades darker (black on yellow and orange), and near-black on a colour's light tint (the tint alone
 * tells the colour), also on the tint a subtle button takes under the pointer.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  if (input.variant === 'filled') {
    const shades = input.theme.colors[parsed.color];
    // White on the first dark enough of shades 8 and 9 (red, green at 9 are not), else black on shade 8 (yellow).
    const dark = [8, 9].find((shade) => shades && !isLightColor(shades[shade]));
    return {
      ...colors,
      background: `var(--mantine-color-${parsed.color}-${dark ?? 8})`,
      hover: `var(--mantine-color-${parsed.color}-9)`,
      color: dark === undefined ? 'var(--mantine-color-black)' : 'var(--mantine-color-white)',
    };
  }
  if (input.variant === 'light') return { ...colors, color: 'var(--mantine-color-gray-9)' };
  // Under the pointer a subtle button takes the tint, on which the colour's own text is too faint.
  if (input.variant === 'subtle') return { ...colors, hoverColor: 'var(--mantine-color-gray-9)' };
  return colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  variantColorResolver: readableVariants,
  components: {
    // A closed list's options are not kept in the page: a page with several filters would build (and place) each
    // hidden list as it loads.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // A wide table scrolls with the browser's own scroll bar, not one drawn and placed by script at every change.
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { type: 'native' } }),
    // The dialogs' close button (an icon) by name.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // The open section's link: near-black on the tint, also under the pointer.
    NavLink: NavLink.extend({
      vars: () => ({ root: { '--nl-color': 'var(--mantine-color-gray-9)' }, children: {} }),
    }),
    // A placeholder drawn as text (a file input's "Choose a file") is read as text: dark enough to read.
    InputPlaceholder: InputPlaceholder.extend({
      styles: { placeholder: { color: 'var(--mantine-color-gray-7)' } },
    }),
    // Its close button shows only a cross: say what it does.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
  },
});

/**
 * Secondary text (descriptions, hints) and fields' error messages dark enough to read on white; placeholders stay
 * light, unlike values.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
