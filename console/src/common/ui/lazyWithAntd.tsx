import { lazy, type ComponentType } from 'react';

/**
 * A form or dialog that uses antd, loaded when first shown together with antd's settings:
 * a page drawn in plain markup carries neither antd's core nor its theme until then.
 */
export function lazyWithAntd<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [{ AntdSettings }, Part] = await Promise.all([import('./AntdSettings.tsx'), load()]);
    const WithAntd = (props: Props) => (
      <AntdSettings>
        <Part {...props} />
      </AntdSettings>
    );
    return { default: WithAntd };
  });
}
