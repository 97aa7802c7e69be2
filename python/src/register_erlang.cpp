// storeops.erlang: Erlang C sizing; every function takes scalars or NumPy arrays (broadcast).
#include <pybind11/numpy.h>

#include "pybind11.hpp"

namespace storeops::python {

void register_erlang(py::module_& m) {
  auto e = m.attr("erlang").cast<py::module_>();
  e.def("agents_required", py::vectorize(&erlang::agents_required), py::arg("arrivals_per_hour"),
        py::arg("handle_time_s"), py::arg("service_level") = 0.8, py::arg("answer_within_s") = 30.0,
        py::arg("concurrency") = 1, py::arg("max_occupancy") = 1.0, py::arg("shrinkage") = 0.0,
        R"doc(The fewest agents that answer `service_level` of contacts within `answer_within_s`.

Occupancy (traffic / servers) stays at or below `max_occupancy`; the count is then divided by
(1 − shrinkage) and rounded up. One agent holds `concurrency` chats at once (Wangwang).
Arrays broadcast like NumPy ufuncs.)doc");
  e.def("service_level", py::vectorize(&erlang::service_level), py::arg("agents"),
        py::arg("arrivals_per_hour"), py::arg("handle_time_s"), py::arg("answer_within_s"),
        py::arg("concurrency") = 1,
        "Share of contacts answered within answer_within_s: 1 − C·exp(−(N − A)·T/AHT).");
  e.def("wait_probability", py::vectorize(&erlang::wait_probability), py::arg("agents"),
        py::arg("arrivals_per_hour"), py::arg("handle_time_s"), py::arg("concurrency") = 1,
        "Probability that a contact waits (Erlang C); 1 when servers <= traffic.");
  e.def("average_speed_of_answer", py::vectorize(&erlang::average_speed_of_answer),
        py::arg("agents"), py::arg("arrivals_per_hour"), py::arg("handle_time_s"),
        py::arg("concurrency") = 1,
        "Average wait in seconds: C·AHT/(N − A); inf when servers <= traffic.");
  e.def("occupancy", py::vectorize(&erlang::occupancy), py::arg("agents"),
        py::arg("arrivals_per_hour"), py::arg("handle_time_s"), py::arg("concurrency") = 1,
        "Traffic / servers: the share of time a chat slot is busy.");
  e.def("peak_hour_arrivals", py::vectorize(&erlang::peak_hour_arrivals),
        py::arg("daily_inquiries"), py::arg("peak_hour_share") = erlang::assumed_peak_hour_share,
        "Peak-hour arrivals: daily inquiries × peak-hour share (ASSUMED_PEAK_HOUR_SHARE).");
  e.attr("ASSUMED_PEAK_HOUR_SHARE") = erlang::assumed_peak_hour_share;
  e.def("agents_for_daily_inquiries", py::vectorize(&erlang::agents_for_daily_inquiries),
        py::arg("daily_inquiries"), py::arg("handle_time_s"), py::arg("service_level") = 0.8,
        py::arg("answer_within_s") = 30.0, py::arg("concurrency") = 1,
        py::arg("max_occupancy") = 1.0, py::arg("shrinkage") = 0.0,
        py::arg("peak_hour_share") = erlang::assumed_peak_hour_share,
        "Agents for a day's inquiries, sized for the peak hour.");
}

}  // namespace storeops::python
