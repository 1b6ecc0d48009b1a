import type { Plugin } from 'vite';
import { antdCssVarKey } from './src/common/ui/antdTheme.ts';

/**
 * antd/dist/antd.css defines its theme variables under `.css-var-<React id>`; the last such
 * block is the default theme. This renames it to the key the console's ConfigProvider uses,
 * and fails the build if antd ever ships the stylesheet in another shape.
 */
export function antdStylesheet(): Plugin {
  return {
    name: 'gridline-antd-stylesheet',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes('antd/dist/antd.css')) return null;
      const themeBlocks = [...code.matchAll(/\.(css-var-[\w-]+)\{--ant-blue:/g)];
      const generatedKey = themeBlocks.at(-1)?.[1];
      if (!generatedKey)
        throw new Error('antd.css has no theme variables block: see console/antdStylesheet.ts');
      return { code: code.replaceAll(`.${generatedKey}`, `.${antdCssVarKey}`), map: null };
    },
  };
}
