/**
 * antd's theme variables live in its prebuilt stylesheet under a class named after a React id
 * of the render that produced it. The build renames that class to this key, and every
 * ConfigProvider names it, so components find their variables (see antdStylesheet.ts).
 */
export const antdCssVarKey = 'css-var-gridline';

// zeroRuntime: styles come from the stylesheet only. The server's CSP allows styles from this
// origin and nothing inline, so antd may not inject <style> elements at run time.
export const antdTheme = { zeroRuntime: true, cssVar: { key: antdCssVarKey } } as const;
