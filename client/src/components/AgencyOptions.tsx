/** One `<option>` per agency, its id as the value and its name as the text. */
export function AgencyOptions({ agencies }: { agencies: readonly { _id: string; name: string }[] }) {
  return (
    <>
      {agencies.map((agency) => (
        <option key={agency._id} value={agency._id}>
          {agency.name}
        </option>
      ))}
    </>
  );
}
