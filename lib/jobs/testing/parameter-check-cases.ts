/**
 * Start values and what PowerShell's binder says about them, for the tests of every start path (API,
 * test pane, schedule links and scheduled starts, webhooks, child jobs) and for the test that a real
 * job binds them the same way. Each case is a runbook of its own: `script` is its param() block, and
 * its body only reports that binding succeeded.
 */
export interface ParameterCheckCase {
  name: string;
  script: string;
  values: Record<string, unknown>;
  /** Accepted at start, or refused naming `field` (parameters.<Name>, or parameters alone) with PowerShell's message. */
  start: "accepted" | { field: string; message: RegExp };
  /** The job refuses what the web service leaves to it (a ValidateScript, a type it cannot convert safely). */
  jobOnly?: RegExp;
  /** How the job words a refusal that is Baton's, not PowerShell's (an undeclared name). */
  jobMessage?: RegExp;
}

const body = "\n'bound'";
const refused = (parameter: string | null, message: RegExp) => ({ field: parameter ? `parameters.${parameter}` : "parameters", message });
const notBoolean = /Cannot convert value "System\.String" to type "System\.(Boolean|Management\.Automation\.SwitchParameter)"\. Boolean parameters accept only Boolean values and numbers/;

const cases: ParameterCheckCase[] = [
  { name: '"true" for [bool]', script: "param([bool]$Flag)", values: { Flag: "true" }, start: refused("Flag", notBoolean) },
  { name: '"true" for [switch]', script: "param([switch]$Force)", values: { Force: "true" }, start: refused("Force", notBoolean) },
  { name: "1 for [bool]", script: "param([bool]$Flag)", values: { Flag: 1 }, start: "accepted" },
  // A JSON string is bound as a string, and the binder takes only Booleans and numbers for [bool].
  { name: '"1" for [bool]', script: "param([bool]$Flag)", values: { Flag: "1" }, start: refused("Flag", notBoolean) },
  { name: "true for [switch]", script: "param([switch]$Force)", values: { Force: true }, start: "accepted" },
  { name: "99999999999 for [int]", script: "param([int]$Count)", values: { Count: 99999999999 }, start: refused("Count", /Cannot convert value "99999999999" to type "System\.Int32"\. Error: "Value was either too large or too small for an Int32\."/) },
  { name: '"12" for [int]', script: "param([int]$Count)", values: { Count: "12" }, start: "accepted" },
  { name: '"a string" for [hashtable]', script: "param([hashtable]$Options)", values: { Options: "a string" }, start: refused("Options", /Cannot convert the "a string" value of type "System\.String" to type "System\.Collections\.Hashtable"/) },
  { name: "[1,2] for [hashtable]", script: "param([hashtable]$Options)", values: { Options: [1, 2] }, start: refused("Options", /to type "System\.Collections\.Hashtable"/) },
  { name: "an object for [hashtable]", script: "param([hashtable]$Options)", values: { Options: { a: 1 } }, start: "accepted" },
  { name: '"" for [ValidateNotNullOrEmpty()]', script: "param([ValidateNotNullOrEmpty()]$Value)", values: { Value: "" }, start: refused("Value", /Cannot validate argument on parameter 'Value'\. The argument is null(,| or) empty/) },
  { name: "[] for [ValidateNotNullOrEmpty()]", script: "param([ValidateNotNullOrEmpty()]$Value)", values: { Value: [] }, start: refused("Value", /Cannot validate argument on parameter 'Value'\. The argument is null(,| or) empty/) },
  { name: "{} for [ValidateNotNullOrEmpty()]", script: "param([ValidateNotNullOrEmpty()]$Value)", values: { Value: {} }, start: refused("Value", /Cannot validate argument on parameter 'Value'\. The argument is null(,| or) empty/) },
  { name: "a value outside ValidateSet", script: "param([ValidateSet('Dev', 'Prod')][string]$Env)", values: { Env: "Test" }, start: refused("Env", /The argument "Test" does not belong to the set "Dev,Prod"/) },
  { name: "a ValidateSet value in another case", script: "param([ValidateSet('Dev', 'Prod')][string]$Env)", values: { env: "prod" }, start: "accepted" },
  { name: "a value above ValidateRange", script: "param([ValidateRange(1, 10)][int]$N)", values: { N: 11 }, start: refused("N", /The 11 argument is greater than the maximum allowed range of 10/) },
  { name: "a value at ValidateRange's maximum", script: "param([ValidateRange(1, [int]::MaxValue)][int]$N)", values: { N: 2147483647 }, start: "accepted" },
  { name: "a value longer than ValidateLength", script: "param([ValidateLength(2, 3)][string]$Code)", values: { Code: "abcd" }, start: refused("Code", /The character length of the 4 argument is too long/) },
  { name: "a value not matching ValidatePattern", script: "param([ValidatePattern('^[a-z]+$')][string]$Slug)", values: { Slug: "Not OK" }, start: refused("Slug", /The argument "Not OK" does not match the "\^\[a-z\]\+\$" pattern/) },
  { name: "too many values for ValidateCount", script: "param([ValidateCount(1, 2)][string[]]$Names)", values: { Names: ["a", "b", "c"] }, start: refused("Names", /The parameter requires at least 1 value\(s\) and no more than 2 value\(s\) - 3 value\(s\) were provided/) },
  { name: "a missing Mandatory parameter", script: "param([Parameter(Mandatory)][string]$Name, [int]$Count)", values: { Count: 1 }, start: refused("Name", /missing mandatory parameters: Name\./) },
  { name: "null for a Mandatory [string]", script: "param([Parameter(Mandatory)][string]$Name)", values: { Name: null }, start: refused("Name", /Cannot bind argument to parameter 'Name' because it is an empty string\./) },
  { name: '"" where AllowEmptyString', script: "param([Parameter(Mandatory)][AllowEmptyString()][string]$Name)", values: { Name: "" }, start: "accepted" },
  ...parameterSetCases(),
  { name: "an ISO date for [datetime]", script: "param([datetime]$When)", values: { When: "2026-05-01T09:30:00Z" }, start: "accepted" },
  { name: '"soon" for [datetime]', script: "param([datetime]$When)", values: { When: "soon" }, start: refused("When", /Cannot convert value "soon" to type "System\.DateTime"/) },
  { name: "one string for [string[]]", script: "param([string[]]$Servers)", values: { Servers: "web-01" }, start: "accepted" },
  { name: "a list for [string[]]", script: "param([string[]]$Servers)", values: { Servers: ["web-01", "web-02"] }, start: "accepted" },
  // No JSON value becomes a PSCredential: the binder would prompt for one, and there is no one to ask.
  { name: "a user name for [pscredential]", script: "param([pscredential]$Credential)", values: { Credential: "admin" }, start: refused("Credential", /host program or the command type does not support user interaction/), jobMessage: /Cannot prompt for a credential: a Baton job runs without a console or a user to answer/ },
  { name: "a common parameter of an advanced script", script: "[CmdletBinding()]\nparam([string]$Name)", values: { Verbose: true, Name: "x" }, start: "accepted" },
  { name: "a name the block does not declare", script: "param([string]$Name)", values: { Colour: "red" }, start: { field: "parameters.Colour", message: /has no parameter named Colour \(parameters: Name\)/ }, jobMessage: /has no parameter named Colour \(it accepts: Name\)/ },
  { name: "a value only ValidateScript refuses", script: "param([ValidateScript({ $_ -gt 5 })][int]$N)", values: { N: 1 }, start: "accepted", jobOnly: /The " \$_ -gt 5 " validation script for the argument with value "1" did not return a result of True/ },
  { name: "a type only the job knows", script: "param([Contoso.Inventory.Server]$Server)", values: { Server: "web-01" }, start: "accepted", jobOnly: /Unable to find type \[Contoso\.Inventory\.Server\]/ },
  // Validating the unconverted value could disagree with the job, so that parameter's checks are the job's.
  { name: "a validation on a type only the job knows", script: "param([ValidateNotNullOrEmpty()][Contoso.Inventory.Server]$Server)", values: { Server: "" }, start: "accepted", jobOnly: /Unable to find type \[Contoso\.Inventory\.Server\]/ },
];

export const parameterCheckCases: ParameterCheckCase[] = cases.map((c) => ({ ...c, script: c.script + body }));

function parameterSetCases(): ParameterCheckCase[] {
  const script = "[CmdletBinding(DefaultParameterSetName = 'ByName')]\nparam([Parameter(Mandatory, ParameterSetName = 'ByName')][string]$Name, [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id)";
  return [
    { name: "one parameter set's parameter", script, values: { Id: 5 }, start: "accepted" },
    { name: "parameters of two parameter sets", script, values: { Name: "a", Id: 5 }, start: refused(null, /Parameter set cannot be resolved using the specified named parameters/) },
    { name: "nothing for the default parameter set's Mandatory", script, values: {}, start: refused("Name", /missing mandatory parameters: Name\./) },
  ];
}
