// libFuzzer harness for the store-state file (a Monte Carlo or a re-forecast resumes from it).
// Every input must either load or raise storeops::Error; any other exception, crash or
// sanitizer report is a finding. A state that loads must write and load back to an equal one.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <storeops/simulation/state_json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const storeops::StoreState state = storeops::state_from_json(text);
    const storeops::StoreState again = storeops::state_from_json(storeops::state_to_json(state));
    if (!(again == state)) std::abort();
  } catch (const storeops::Error&) {
    // a clear rejection is the expected outcome for most inputs
  }
  return 0;
}
