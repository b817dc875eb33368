export function NotAllowed() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your role does not allow this page. Ask an admin if you need it.</p>
    </>
  );
}
