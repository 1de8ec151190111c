// The case's restricted section (victim safety, restricted intelligence) as a tab: one fresh tab per case, so nothing carries over between people.
import { RestrictedTab, type RestrictedTabProps } from './access/RestrictedTab';

export function RestrictedSection(props: RestrictedTabProps) {
  return <RestrictedTab key={props.forCase} {...props} />;
}
