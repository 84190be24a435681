import type { ComponentChildren } from 'preact';

/** An on/off switch: a real checkbox with the switch role, so keyboards and screen readers know it. */
export function Switch(props: {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  hint?: ComponentChildren;
  testId?: string;
}) {
  return (
    <label class={`switch${props.disabled ? ' is-disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => {
          props.onChange(e.currentTarget.checked);
        }}
      />
      <span class="switch-text">
        <span>{props.children}</span>
        {props.hint && <span class="switch-hint">{props.hint}</span>}
      </span>
    </label>
  );
}
