import { InputNumber, type InputNumberProps } from 'antd';

/**
 * An amount typed in 元 to the 分 (two decimals), full width, not below 0 unless `min` says
 * otherwise; {@link fenOf} turns the value into the 分 the server takes.
 */
export function YuanInput(props: InputNumberProps<number>) {
  return <InputNumber<number> min={0} precision={2} style={{ width: '100%' }} {...props} />;
}
