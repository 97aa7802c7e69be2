// libFuzzer harness for the JSON plan loader. Every input must either load or raise
// storeops::Error; any other exception, crash or sanitizer report is a finding. A plan that
// loads must write and load back to an equal plan.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <storeops/plan/plan_json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const storeops::Plan plan = storeops::plan_from_json(text);
    const storeops::Plan again = storeops::plan_from_json(storeops::plan_to_json(plan));
    if (!(again == plan)) std::abort();
  } catch (const storeops::Error&) {
    // a clear rejection is the expected outcome for most inputs
  }
  return 0;
}
