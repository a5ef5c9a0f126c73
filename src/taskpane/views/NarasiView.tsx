// "Narasi": builds the narrative into the Narasi sheet (minimal first version).
import { Text } from "@fluentui/react-components";

export function NarasiView(): JSX.Element {
  return <Text>Narasi</Text>;
}
